package co.gov.mineducacion.cooperation.territory;

/**
 * An equirectangular projection with the cos(latitude) correction, fitted to a box: good
 * enough for a country near the equator at country scale, and simple to check. SVG's y
 * axis points down, so north is at the top of the box.
 */
final class Projection {

	private final double west;

	private final double north;

	private final double scale;

	private final double lonFactor;

	private final double left;

	private final double top;

	private Projection(double west, double north, double scale, double lonFactor, double left, double top) {
		this.west = west;
		this.north = north;
		this.scale = scale;
		this.lonFactor = lonFactor;
		this.left = left;
		this.top = top;
	}

	/**
	 * The projection that draws {@code bounds} as large as fits in the box at
	 * ({@code left}, {@code top}) of the given size, keeping its proportions.
	 */
	static Projection fitting(Bounds bounds, double left, double top, double width, double height) {
		double lonFactor = Math.cos(Math.toRadians((bounds.south() + bounds.north()) / 2));
		double spanX = (bounds.east() - bounds.west()) * lonFactor;
		double spanY = bounds.north() - bounds.south();
		double scale = Math.min(width / spanX, height / spanY);
		return new Projection(bounds.west(), bounds.north(), scale, lonFactor, left, top);
	}

	double x(double lon) {
		return this.left + (lon - this.west) * this.lonFactor * this.scale;
	}

	double y(double lat) {
		return this.top + (this.north - lat) * this.scale;
	}

	/**
	 * The width and height the given bounds take once projected.
	 */
	double[] size(Bounds bounds) {
		return new double[] { x(bounds.east()) - x(bounds.west()), y(bounds.south()) - y(bounds.north()) };
	}

	/**
	 * A box in longitude and latitude.
	 */
	record Bounds(double west, double south, double east, double north) {

		static final Bounds EMPTY = new Bounds(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
				Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY);

		Bounds including(double lon, double lat) {
			return new Bounds(Math.min(this.west, lon), Math.min(this.south, lat), Math.max(this.east, lon),
					Math.max(this.north, lat));
		}

		Bounds including(Bounds other) {
			return including(other.west, other.south).including(other.east, other.north);
		}

	}

}
