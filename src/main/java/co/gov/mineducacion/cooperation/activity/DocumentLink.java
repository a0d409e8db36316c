package co.gov.mineducacion.cooperation.activity;

import jakarta.persistence.Embeddable;

/**
 * A public document about an activity, by address.
 */
@Embeddable
class DocumentLink {

	private String url;

	private String title;

	private int position;

	protected DocumentLink() {
	}

	DocumentLink(String url, String title, int position) {
		this.url = url;
		this.title = title;
		this.position = position;
	}

	String url() {
		return this.url;
	}

	String title() {
		return this.title;
	}

}
