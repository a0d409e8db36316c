package co.gov.mineducacion.cooperation.contact;

import java.util.List;
import java.util.Locale;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/**
 * The published contact channels, in the reader's language, from the cached
 * {@link PublishedChannels}. Retired channels are not shown.
 */
@Service
public class ContactDirectory {

	/** The office's own line, the first channel a cooperator is shown. */
	static final String MAIN_CHANNEL = "OCI_PHONE";

	private final PublishedChannels channels;

	ContactDirectory(PublishedChannels channels) {
		this.channels = channels;
	}

	/**
	 * Every channel in its published order.
	 */
	public List<ChannelView> channels(Locale locale) {
		return this.channels.all().stream().map((c) -> view(c, locale)).toList();
	}

	/**
	 * Every channel grouped by the unit that answers it, the office first.
	 */
	public Map<ContactUnit, List<ChannelView>> channelsByUnit(Locale locale) {
		return channels(locale).stream()
			.collect(Collectors.groupingBy(ChannelView::unit, () -> new EnumMap<>(ContactUnit.class),
					Collectors.toList()));
	}

	/**
	 * The office's main channel, if published.
	 */
	public Optional<ChannelView> mainChannel(Locale locale) {
		return channels(locale).stream().filter((channel) -> MAIN_CHANNEL.equals(channel.code())).findFirst();
	}

	private static ChannelView view(PublishedChannels.Published channel, Locale locale) {
		return new ChannelView(channel.code(), channel.unit(), channel.kind(), channel.label().in(locale),
				channel.value(), channel.href());
	}

}
