package co.gov.mineducacion.cooperation.offer;

import org.springframework.util.unit.DataSize;

/**
 * An offer's documents are together larger than an email may carry
 * ({@code portal.mail.max-attachments-size}), so they cannot go with it.
 */
public class DocumentsTooLargeToSendException extends RuntimeException {

	private final DataSize size;

	private final DataSize limit;

	public DocumentsTooLargeToSendException(DataSize size, DataSize limit) {
		super("The documents (" + size.toBytes() + " bytes) are larger than an email may carry (" + limit.toBytes()
				+ " bytes)");
		this.size = size;
		this.limit = limit;
	}

	/**
	 * The documents' size, in whole megabytes rounded up, as staff read it.
	 */
	public long sizeInMegabytes() {
		return megabytes(this.size);
	}

	/**
	 * The most an email may carry, in megabytes.
	 */
	public long limitInMegabytes() {
		return megabytes(this.limit);
	}

	private static long megabytes(DataSize size) {
		return (size.toBytes() + DataSize.ofMegabytes(1).toBytes() - 1) / DataSize.ofMegabytes(1).toBytes();
	}

}
