package co.gov.mineducacion.cooperation.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file an outbox message carries, in its place among the message's files, kept until
 * the message is sent.
 */
@Entity
@Table(name = "outbox_attachment")
class OutboxAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	private String fileName;

	private String mediaType;

	private byte[] content;

	protected OutboxAttachment() {
	}

	OutboxAttachment(int position, EmailAttachment attachment) {
		this.position = position;
		this.fileName = attachment.fileName();
		this.mediaType = attachment.mediaType();
		this.content = attachment.content();
	}

	EmailAttachment attachment() {
		return new EmailAttachment(this.fileName, this.mediaType, this.content);
	}

}
