package co.gov.mineducacion.cooperation.territory;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.gov.mineducacion.cooperation.territory.Projection.Bounds;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DepartmentMapTests {

	private static final Pattern POINT = Pattern.compile("(-?[0-9.]+),(-?[0-9.]+)");

	private final DepartmentMap.Drawing drawing = new DepartmentMap().drawing();

	@Test
	void drawsAllThirtyThreeDepartmentsFromTheBoundaryFileKeptInTheProject() {
		assertThat(this.drawing.paths()).hasSize(33).containsKeys("05", "11", "88", "91", "99");
		assertThat(this.drawing.paths().values()).allSatisfy((path) -> assertThat(path).startsWith("M").endsWith("Z"));
	}

	@Test
	void keepsColombiaInsideTheDrawingWithItsProportions() {
		assertThat(this.drawing.width()).isEqualTo(600);
		assertThat(this.drawing.height()).isBetween(780.0, 860.0);
		assertThat(this.drawing.viewBox()).isEqualTo("0 0 600 " + (long) this.drawing.height());
		this.drawing.paths().values().forEach((path) -> {
			Matcher point = POINT.matcher(path);
			while (point.find()) {
				assertThat(Double.parseDouble(point.group(1))).isBetween(0.0, 600.0);
				assertThat(Double.parseDouble(point.group(2))).isBetween(0.0, this.drawing.height());
			}
		});
	}

	@Test
	void drawsTheIslandsInsideTheirInset() {
		DepartmentMap.Inset inset = this.drawing.inset();
		Matcher point = POINT.matcher(this.drawing.paths().get(DepartmentMap.ISLANDS));
		int points = 0;
		while (point.find()) {
			points++;
			assertThat(Double.parseDouble(point.group(1))).isBetween(inset.x(), inset.x() + inset.width());
			assertThat(Double.parseDouble(point.group(2))).isBetween(inset.y(), inset.y() + inset.height());
		}
		assertThat(points).isGreaterThan(10);
	}

	@Test
	void projectsSeatsAsTheirDepartmentsShapesAreProjected() {
		DepartmentMap.Point sanAndres = this.drawing.point("88", -81.700356, 12.583317);
		DepartmentMap.Inset inset = this.drawing.inset();
		assertThat(sanAndres.x()).isBetween(inset.x(), inset.x() + inset.width());
		assertThat(sanAndres.y()).isBetween(inset.y(), inset.y() + inset.height());
		DepartmentMap.Point riohacha = this.drawing.point("44", -72.907743, 11.544071);
		DepartmentMap.Point leticia = this.drawing.point("91", -69.940033, -4.215179);
		assertThat(riohacha.y()).isLessThan(leticia.y());
		assertThat(leticia.y()).isBetween(this.drawing.height() - 40, this.drawing.height());
		assertThat(riohacha.x()).isCloseTo(this.drawing.mainland().x(-72.907743), within(0.05));
	}

	@Test
	void putsTheNorthAtTheTopAndCorrectsLongitudesForLatitude() {
		Bounds box = new Bounds(-80, 0, -70, 10);
		Projection projection = Projection.fitting(box, 0, 0, 100, 1000);
		assertThat(projection.y(10)).isZero();
		assertThat(projection.y(0)).isGreaterThan(projection.y(10));
		double cos5 = Math.cos(Math.toRadians(5));
		assertThat(projection.size(box)[0]).isCloseTo(100, within(1e-9));
		assertThat(projection.size(box)[1]).isCloseTo(100 / cos5, within(1e-9));
	}

	@Test
	void staysSmallEnoughToSendWithEveryMapPage() {
		int characters = this.drawing.paths().values().stream().mapToInt(String::length).sum();
		assertThat(characters).as("SVG path data").isLessThan(150_000);
		assertThat(Arrays.stream(TerritorialView.SHADES)).containsExactly(0L, 1L, 2L, 5L, 10L);
		assertThat(TerritorialView.shade(0)).isZero();
		assertThat(TerritorialView.shade(1)).isEqualTo(1);
		assertThat(TerritorialView.shade(4)).isEqualTo(2);
		assertThat(TerritorialView.shade(5)).isEqualTo(3);
		assertThat(TerritorialView.shade(42)).isEqualTo(4);
	}

}
