package co.gov.mineducacion.cooperation.publication;

/**
 * Every element issue 12 asks of a .gov.co site, with its legal source. The message
 * {@code publication.check.<name>} names it and {@code publication.source.<source>} cites
 * the rule; {@link PublicationChecklist} decides from the real settings, texts, channels
 * and routes whether it is ready.
 */
enum ChecklistElement {

	TOP_BAR("topBar", null), FOOTER_NAMES("footer", null), FOOTER_ADDRESS("footer", "/admin/contact-channels"),
	FOOTER_POSTAL_CODE("footer", OfficeIdentityController.PATH), FOOTER_HOURS("footer", OfficeIdentityController.PATH),
	FOOTER_PHONES("footer", "/admin/contact-channels"), FOOTER_EMAIL("footer", OfficeIdentityController.PATH),
	FOOTER_JUDICIAL_EMAIL("judicialEmail", OfficeIdentityController.PATH),
	FOOTER_TRANSPARENCY("transparency", OfficeIdentityController.PATH),
	FOOTER_CITIZEN_SERVICE("footer", OfficeIdentityController.PATH),
	FOOTER_PARTICIPATION("footer", OfficeIdentityController.PATH), FOOTER_MARKS("footer", null),
	TERMS("policies", null), PRIVACY_NOTICE("privacyNotice", null), PERSONAL_DATA_POLICY("personalData", null),
	COPYRIGHT("policies", null), ACCESSIBILITY_STATEMENT("accessibility", null), SITE_MAP("siteMap", null),
	SEARCH("search", null), ACCESSIBILITY_TOOLS("accessibilityTools", null);

	private final String source;

	private final String fixPath;

	ChecklistElement(String source, String fixPath) {
		this.source = source;
		this.fixPath = fixPath;
	}

	String labelKey() {
		return "publication.check." + name();
	}

	String sourceKey() {
		return "publication.source." + this.source;
	}

	/**
	 * The admin page where an ADMIN fills the element in, or {@code null} when it is part
	 * of the portal itself.
	 */
	String fixPath() {
		return this.fixPath;
	}

}
