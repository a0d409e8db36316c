package co.gov.mineducacion.cooperation.publication;

import java.util.List;

/**
 * The publication checklist: every element, ready or missing.
 */
public record Checklist(List<ChecklistItem> items) {

	public long ready() {
		return this.items.stream().filter(ChecklistItem::ready).count();
	}

	public int total() {
		return this.items.size();
	}

	public boolean complete() {
		return ready() == total();
	}

}
