package co.gov.mineducacion.cooperation.opendata;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Gives each generated file its cache validators: a strong ETag from a SHA-256 of the
 * content, and as Last-Modified the moment this instance first served that content. The
 * ETag decides (clients send If-None-Match first); Last-Modified only ever errs late,
 * which costs a download, never a stale copy.
 */
@Component
class FileStamps {

	private final Map<String, Stamp> stamps = new ConcurrentHashMap<>();

	private final Clock clock;

	FileStamps(Clock clock) {
		this.clock = clock;
	}

	PublishedFile stamp(String name, MediaType type, byte[] body) {
		String etag = "\"" + sha256(body).substring(0, 32) + "\"";
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		Stamp stamp = this.stamps.compute(name,
				(key, old) -> (old != null && old.etag().equals(etag)) ? old : new Stamp(etag, now));
		return new PublishedFile(name, type, body, etag, stamp.since());
	}

	private static String sha256(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Stamp(String etag, Instant since) {
	}

}
