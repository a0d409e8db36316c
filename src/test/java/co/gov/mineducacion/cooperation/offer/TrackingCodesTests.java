package co.gov.mineducacion.cooperation.offer;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrackingCodesTests {

	private static final Instant NOVEMBER_2026 = Instant.parse("2026-11-23T15:00:00Z");

	@Test
	void looksLikeAFilingNumberOfTheYearWithoutLookAlikeCharacters() {
		String code = TrackingCodes.next(NOVEMBER_2026);
		assertThat(code).matches("CO-2026-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}");
	}

	@Test
	void usesTheYearInBogotaOnNewYearsEveUtcNight() {
		assertThat(TrackingCodes.next(Instant.parse("2027-01-01T03:00:00Z"))).startsWith("CO-2026-");
	}

	@Test
	void isNotSequential() {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			codes.add(TrackingCodes.next(NOVEMBER_2026));
		}
		assertThat(codes).hasSize(10_000);
	}

	@Test
	void readsWhatAPersonTypes() {
		assertThat(TrackingCodes.normalize(" co 2026 7kq4 m9xd ")).contains("CO-2026-7KQ4-M9XD");
		assertThat(TrackingCodes.normalize("CO-2026-7KQ4-M9XD")).contains("CO-2026-7KQ4-M9XD");
		assertThat(TrackingCodes.normalize("CO-2026-7KQ4-M9X")).isEmpty();
		assertThat(TrackingCodes.normalize("CO-2026-OKQ4-M9XD")).isEmpty();
		assertThat(TrackingCodes.normalize("' OR 1=1 --")).isEmpty();
		assertThat(TrackingCodes.normalize(null)).isEmpty();
	}

}
