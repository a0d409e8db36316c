package co.gov.mineducacion.cooperation.benchmark;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;

import co.gov.mineducacion.cooperation.benchmark.GeneratedOffer.Codes;
import co.gov.mineducacion.cooperation.benchmark.GeneratedOffer.History;
import co.gov.mineducacion.cooperation.benchmark.GeneratedOffer.Proposal;

/**
 * The offers, one after the other in the order they arrived over the five years up to
 * now, more of them lately. The same seed and number give the same offers (their dates
 * relative to now).
 */
final class RandomOffers {

	/** The alphabet of filing numbers (no look-alikes), as the portal draws them. */
	private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final long CODES = (long) Math.pow(ALPHABET.length(), 8);

	private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

	private static final Duration SPAN = Duration.ofDays(5 * 365 + 1);

	private static final String[] KINDS = { "FINANCIAL", "IN_KIND", "TECHNICAL", "MIXED" };

	private final SplittableRandom random;

	private final int count;

	private final long firstId;

	private final Instant start;

	private final ReferenceCodes codes;

	private final Organisations organisations;

	private final OfferHistories histories;

	private final long[] lastOfferOf;

	private final int[] lastSubjectOf;

	private int made;

	RandomOffers(long seed, int count, long firstId, Instant now, ReferenceCodes codes, OfferHistories histories) {
		this.random = new SplittableRandom(seed);
		this.count = count;
		this.firstId = firstId;
		this.start = now.minus(SPAN);
		this.codes = codes;
		this.organisations = new Organisations(Math.max(20, count / 40), seed);
		this.histories = histories;
		this.lastOfferOf = new long[this.organisations.size()];
		this.lastSubjectOf = new int[this.organisations.size()];
	}

	boolean hasNext() {
		return this.made < this.count;
	}

	GeneratedOffer next() {
		int index = this.made++;
		long id = this.firstId + index;
		// The density of arrivals grows linearly over the five years.
		double position = Math.sqrt((index + this.random.nextDouble()) / this.count);
		Instant received = this.start.plusMillis((long) (SPAN.toMillis() * position));
		int writer = this.organisations.nextWriter(this.random);
		Organisation organisation = this.organisations.get(writer);
		Long earlier = (this.lastOfferOf[writer] != 0) ? this.lastOfferOf[writer] : null;
		History history = this.histories.draw(this.random, received, organisation.language(), earlier);
		boolean repeats = earlier != null && (history.duplicateOfId() != null || this.random.nextInt(10) == 0);
		int subject = repeats ? this.lastSubjectOf[writer] : OfferTexts.subject(this.random);
		this.lastOfferOf[writer] = id;
		this.lastSubjectOf[writer] = subject;
		String code = trackingCode(index, received);
		return new GeneratedOffer(id, code, organisation,
				(history.anonymisedAt() != null) ? People.anonymised(code) : People.contact(this.random, organisation),
				proposal(subject, organisation, received), codes(), history, received,
				(history.anonymisedAt() != null) ? "—" : address(organisation));
	}

	private Proposal proposal(int subject, Organisation organisation, Instant received) {
		String title = OfferTexts.title(subject, OfferTexts.opening(this.random), organisation.language());
		String description = OfferTexts.description(this.random, subject, organisation.name(), organisation.language());
		String kind = (this.random.nextInt(100) < 85) ? KINDS[this.random.nextInt(KINDS.length)] : null;
		boolean valued = kind != null && !kind.equals("TECHNICAL") && this.random.nextInt(4) > 0;
		boolean colombian = organisation.country().equals("CO");
		BigDecimal value = !valued ? null
				: colombian ? BigDecimal.valueOf((10_000L + this.random.nextInt(2_000_000)) * 1000)
						: BigDecimal.valueOf((5L + this.random.nextInt(500)) * 1000);
		String currency = !valued ? null : colombian ? "COP" : this.random.nextBoolean() ? "USD" : "EUR";
		LocalDate startDate = (this.random.nextInt(10) < 7)
				? LocalDate.ofInstant(received, BOGOTA).plusDays(30 + this.random.nextInt(150)) : null;
		LocalDate endDate = (startDate != null) ? startDate.plusMonths(6 + this.random.nextInt(31)) : null;
		return new Proposal(title, description, kind, value, currency, startDate, endDate);
	}

	private Codes codes() {
		boolean national = this.random.nextInt(10) == 0;
		return new Codes(this.codes.someProjects(this.random),
				national ? List.of() : this.codes.someDepartments(this.random), national,
				this.codes.someActionTypes(this.random));
	}

	private String address(Organisation organisation) {
		return organisation.country().equals("CO") ? "186." + this.random.nextInt(256) + "." + this.random.nextInt(256)
				+ "." + (1 + this.random.nextInt(254)) : "203.0.113." + (1 + this.random.nextInt(254));
	}

	/**
	 * A filing number of the portal's form, {@code CO-2024-7KQ4-M9XD}, unique for each
	 * index: the index is spread over the 30^8 codes by a multiplication that maps them
	 * one to one.
	 */
	private static String trackingCode(long index, Instant received) {
		long value = Math.floorMod(index * 405_476_812_343L + 12_345L, CODES);
		char[] chars = new char[8];
		for (int i = 7; i >= 0; i--) {
			chars[i] = ALPHABET.charAt((int) (value % ALPHABET.length()));
			value /= ALPHABET.length();
		}
		String random = new String(chars);
		return "CO-" + received.atZone(BOGOTA).getYear() + "-" + random.substring(0, 4) + "-" + random.substring(4);
	}

}
