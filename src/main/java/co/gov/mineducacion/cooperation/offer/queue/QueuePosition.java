package co.gov.mineducacion.cooperation.offer.queue;

/**
 * Where in the sorted queue a page starts: at either end, or just after or before the
 * offer with a filing number (the keyset cursor).
 */
public record QueuePosition(Kind kind, String trackingCode) {

	public enum Kind {

		FIRST, AFTER, BEFORE, LAST

	}

	public QueuePosition {
		if (kind == Kind.AFTER || kind == Kind.BEFORE) {
			if (trackingCode == null || trackingCode.isBlank()) {
				kind = Kind.FIRST;
				trackingCode = null;
			}
		}
		else {
			trackingCode = null;
		}
	}

	public static QueuePosition first() {
		return new QueuePosition(Kind.FIRST, null);
	}

	public static QueuePosition last() {
		return new QueuePosition(Kind.LAST, null);
	}

	public static QueuePosition after(String trackingCode) {
		return new QueuePosition(Kind.AFTER, trackingCode);
	}

	public static QueuePosition before(String trackingCode) {
		return new QueuePosition(Kind.BEFORE, trackingCode);
	}

	/**
	 * Whether the page is read against the sort order (then reversed).
	 */
	boolean backwards() {
		return this.kind == Kind.BEFORE || this.kind == Kind.LAST;
	}

}
