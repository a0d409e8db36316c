package co.gov.mineducacion.cooperation.contact;

import co.gov.mineducacion.cooperation.shared.StaleEditException;
import java.util.List;
import java.util.Locale;

import co.gov.mineducacion.cooperation.audit.AuditLog;
import co.gov.mineducacion.cooperation.shared.ReferenceDataChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ADMINs maintain the contact channels: add, edit, retire and restore. Every change
 * checks the version the editor saw, is recorded in the audit log in the same
 * transaction, and empties the channel cache once it commits, so every page's footer
 * shows it at once.
 */
@Service
public class ContactAdminService {

	private final ContactChannelRepository channels;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	ContactAdminService(ContactChannelRepository channels, AuditLog audit, ApplicationEventPublisher events) {
		this.channels = channels;
		this.audit = audit;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<ChannelRow> channels(Locale locale) {
		return this.channels.findAllByOrderByPosition()
			.stream()
			.map((c) -> new ChannelRow(c.code(), c.unit(), c.kind(), c.label().in(locale), c.value(),
					c.draft().position(), c.isRetired(), c.version()))
			.toList();
	}

	@Transactional(readOnly = true)
	public ChannelEdit channel(String code) {
		ContactChannel channel = channel(code, null);
		return new ChannelEdit(channel.code(), channel.draft(), channel.isRetired(), channel.version());
	}

	/**
	 * The position after the last channel, where a new channel goes unless told
	 * otherwise.
	 */
	@Transactional(readOnly = true)
	public int nextPosition() {
		return this.channels.lastPosition() + 1;
	}

	/**
	 * Adds and publishes a channel.
	 * @return {@code false}, with nothing stored, when another channel has the code
	 */
	@Transactional
	public boolean create(String code, ChannelDraft draft) {
		if (this.channels.existsByCode(code)) {
			return false;
		}
		this.channels.save(ContactChannel.open(code, draft));
		this.audit.record("contact.channel.created", code, null);
		published();
		return true;
	}

	@Transactional
	public void update(String code, long seenVersion, ChannelDraft draft) {
		if (channel(code, seenVersion).revise(draft)) {
			this.audit.record("contact.channel.updated", code, null);
		}
		published();
	}

	@Transactional
	public void retire(String code, long seenVersion) {
		channel(code, seenVersion).retire();
		this.audit.record("contact.channel.retired", code, null);
		published();
	}

	@Transactional
	public void restore(String code, long seenVersion) {
		channel(code, seenVersion).restore();
		this.audit.record("contact.channel.restored", code, null);
		published();
	}

	private ContactChannel channel(String code, Long seenVersion) {
		ContactChannel channel = this.channels.findByCode(code)
			.orElseThrow(() -> new ContactChannelNotFoundException(code));
		StaleEditException.check("Contact channel " + code, channel.version(), seenVersion);
		return channel;
	}

	/**
	 * Empties, once the change commits, the cache of the contact channels and the public
	 * pages made from it.
	 */
	private void published() {
		this.events.publishEvent(new ReferenceDataChanged(PublishedChannels.CACHE));
	}

}
