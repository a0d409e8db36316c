package co.gov.mineducacion.cooperation.site;

/**
 * One public page of the site as the navigation names it: its path, the message key of
 * its name ({@code nav.<name>}) and of its one-sentence description
 * ({@code nav.<name>.description}, the page's {@code <meta name="description">}).
 *
 * @param path the page's path, as a visitor types it
 * @param name the page's short name in the message keys
 * @param inMenu whether the header's menu shows it (else the footer and the site map)
 */
public record SitePage(String path, String name, boolean inMenu) {

	public String labelKey() {
		return "nav." + this.name;
	}

	public String descriptionKey() {
		return "nav." + this.name + ".description";
	}

	/**
	 * Whether a visitor on {@code currentPath} is on this page or one under it.
	 */
	public boolean isCurrent(String currentPath) {
		if (currentPath == null) {
			return false;
		}
		return currentPath.equals(this.path) || (!"/".equals(this.path) && currentPath.startsWith(this.path + "/"));
	}

}
