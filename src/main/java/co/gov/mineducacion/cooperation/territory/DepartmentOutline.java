package co.gov.mineducacion.cooperation.territory;

import java.util.ArrayList;
import java.util.List;

import co.gov.mineducacion.cooperation.territory.Projection.Bounds;

/**
 * One department's outline as read from the boundary file: its DIVIPOLA code and its
 * rings of longitude/latitude points (each ring closed, holes included).
 */
record DepartmentOutline(String code, List<double[][]> rings) {

	Bounds bounds() {
		Bounds bounds = Bounds.EMPTY;
		for (double[][] ring : this.rings) {
			for (double[] point : ring) {
				bounds = bounds.including(point[0], point[1]);
			}
		}
		return bounds;
	}

	/**
	 * The outline as an SVG path: every ring a closed subpath, coordinates to a tenth of
	 * a unit, repeated points dropped.
	 */
	String svgPath(Projection projection) {
		StringBuilder path = new StringBuilder();
		for (double[][] ring : this.rings) {
			List<String> points = new ArrayList<>();
			for (double[] point : ring) {
				String xy = format(projection.x(point[0])) + "," + format(projection.y(point[1]));
				if (points.isEmpty() || !points.get(points.size() - 1).equals(xy)) {
					points.add(xy);
				}
			}
			path.append('M').append(points.get(0));
			for (int i = 1; i < points.size(); i++) {
				path.append('L').append(points.get(i));
			}
			path.append('Z');
		}
		return path.toString();
	}

	private static String format(double value) {
		long tenths = Math.round(value * 10);
		if (tenths < 0) {
			return "-" + format(-value);
		}
		return (tenths % 10 == 0) ? Long.toString(tenths / 10) : (tenths / 10) + "." + (tenths % 10);
	}

}
