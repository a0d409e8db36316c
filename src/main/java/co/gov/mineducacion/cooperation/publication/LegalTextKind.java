package co.gov.mineducacion.cooperation.publication;

import java.util.Arrays;
import java.util.Optional;

/**
 * The policies a Colombian government site publishes (Resolución MinTIC 1519 de 2020,
 * Anexo 2 §2.3), each on its own public page. The message {@code LegalTextKind.<name>} is
 * its title.
 */
public enum LegalTextKind {

	TERMS("/terms", "terms"), PERSONAL_DATA_POLICY("/personal-data-policy", "personal-data-policy"),
	COPYRIGHT("/copyright", "copyright"), ACCESSIBILITY("/accessibility", "accessibility");

	private final String path;

	private final String slug;

	LegalTextKind(String path, String slug) {
		this.path = path;
		this.slug = slug;
	}

	/**
	 * The public page's path.
	 */
	public String path() {
		return this.path;
	}

	/**
	 * The name in the admin pages' addresses.
	 */
	public String slug() {
		return this.slug;
	}

	public String titleKey() {
		return "LegalTextKind." + name();
	}

	static Optional<LegalTextKind> bySlug(String slug) {
		return Arrays.stream(values()).filter((kind) -> kind.slug.equals(slug)).findFirst();
	}

}
