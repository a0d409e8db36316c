package co.gov.mineducacion.cooperation.territory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.gov.mineducacion.cooperation.territory.Projection.Bounds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The map of Colombia by department, drawn once at start-up from the boundary data kept
 * in the project ({@code territory/departments.geojson}, see the README beside it): no
 * map service from another host. The archipelago of San Andrés, Providencia and Santa
 * Catalina lies far off the coast; it is drawn enlarged in an inset over the open sea in
 * the north-west corner, as Colombian maps usually do.
 */
@Component
class DepartmentMap {

	static final String ISLANDS = "88";

	static final double WIDTH = 600;

	private static final double MARGIN = 4;

	private static final Inset INSET_BOX = new Inset(8, 8, 70, 120);

	private final Drawing drawing;

	DepartmentMap() {
		this.drawing = draw(read());
	}

	Drawing drawing() {
		return this.drawing;
	}

	private static Drawing draw(List<DepartmentOutline> outlines) {
		Bounds mainland = Bounds.EMPTY;
		Bounds islands = Bounds.EMPTY;
		for (DepartmentOutline outline : outlines) {
			if (ISLANDS.equals(outline.code())) {
				islands = islands.including(outline.bounds());
			}
			else {
				mainland = mainland.including(outline.bounds());
			}
		}
		Projection main = Projection.fitting(mainland, MARGIN, MARGIN, WIDTH - 2 * MARGIN, Double.MAX_VALUE);
		double height = main.size(mainland)[1] + 2 * MARGIN;
		Projection inset = Projection.fitting(islands, INSET_BOX.x() + MARGIN, INSET_BOX.y() + MARGIN,
				INSET_BOX.width() - 2 * MARGIN, INSET_BOX.height() - 2 * MARGIN);
		Map<String, String> paths = new LinkedHashMap<>();
		for (DepartmentOutline outline : outlines) {
			paths.put(outline.code(), outline.svgPath(ISLANDS.equals(outline.code()) ? inset : main));
		}
		return new Drawing(WIDTH, Math.ceil(height), paths, INSET_BOX, main, inset);
	}

	private static List<DepartmentOutline> read() {
		try (InputStream in = new ClassPathResource("territory/departments.geojson").getInputStream()) {
			JsonNode features = JsonMapper.builder().build().readTree(in).path("features");
			List<DepartmentOutline> outlines = new ArrayList<>();
			for (JsonNode feature : features) {
				outlines.add(new DepartmentOutline(feature.path("properties").path("divipola").asString(),
						rings(feature.path("geometry"))));
			}
			return outlines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The department boundaries could not be read", ex);
		}
	}

	private static List<double[][]> rings(JsonNode geometry) {
		List<JsonNode> polygons = new ArrayList<>();
		if ("Polygon".equals(geometry.path("type").asString())) {
			polygons.add(geometry.path("coordinates"));
		}
		else {
			geometry.path("coordinates").forEach(polygons::add);
		}
		List<double[][]> rings = new ArrayList<>();
		for (JsonNode polygon : polygons) {
			for (JsonNode ring : polygon) {
				double[][] points = new double[ring.size()][];
				for (int i = 0; i < ring.size(); i++) {
					points[i] = new double[] { ring.path(i).path(0).asDouble(), ring.path(i).path(1).asDouble() };
				}
				rings.add(points);
			}
		}
		return rings;
	}

	/**
	 * The whole map: its size in SVG units, each department's path by DIVIPOLA code, the
	 * frame of the islands' inset, and the projections of the mainland and the islands.
	 */
	record Drawing(double width, double height, Map<String, String> paths, Inset inset, Projection mainland,
			Projection islands) {

		public String viewBox() {
			return "0 0 " + (long) this.width + " " + (long) this.height;
		}

		/**
		 * Where a point of the given department falls on the map, projected as its
		 * department's shape is (the islands' points in their inset).
		 */
		Point point(String departmentCode, double longitude, double latitude) {
			Projection projection = ISLANDS.equals(departmentCode) ? this.islands : this.mainland;
			return new Point(Math.round(projection.x(longitude) * 10) / 10.0,
					Math.round(projection.y(latitude) * 10) / 10.0);
		}

	}

	/**
	 * A point in SVG units, to one decimal.
	 */
	record Point(double x, double y) {

	}

	/**
	 * A rectangle in SVG units.
	 */
	record Inset(double x, double y, double width, double height) {
	}

}
