package co.gov.mineducacion.cooperation.opendata;

import java.time.Instant;

import org.springframework.http.MediaType;

/**
 * One open-data file as served: its name, type, content and cache validators.
 */
record PublishedFile(String name, MediaType type, byte[] body, String etag, Instant lastModified) {

}
