package co.gov.mineducacion.cooperation.publication;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextBlockTests {

	@Test
	void readsHeadingsParagraphsAndListsFromTheSmallMarkup() {
		List<TextBlock> blocks = TextBlock.parse("""
				Primer párrafo
				en dos líneas.

				## Derechos
				Según la ley:
				- Conocer sus datos.
				- Revocar la autorización.

				Último párrafo.""");

		assertThat(blocks).containsExactly(
				new TextBlock(TextBlock.Kind.PARAGRAPH, "Primer párrafo en dos líneas.", List.of()),
				new TextBlock(TextBlock.Kind.HEADING, "Derechos", List.of()),
				new TextBlock(TextBlock.Kind.PARAGRAPH, "Según la ley:", List.of()),
				new TextBlock(TextBlock.Kind.LIST, null, List.of("Conocer sus datos.", "Revocar la autorización.")),
				new TextBlock(TextBlock.Kind.PARAGRAPH, "Último párrafo.", List.of()));
	}

	@Test
	void keepsMarkupLikeTextAsText() {
		List<TextBlock> blocks = TextBlock.parse("<b>negrita</b>\r\n\r\n##sin espacio\n-sin espacio");

		assertThat(blocks).containsExactly(new TextBlock(TextBlock.Kind.PARAGRAPH, "<b>negrita</b>", List.of()),
				new TextBlock(TextBlock.Kind.PARAGRAPH, "##sin espacio -sin espacio", List.of()));
	}

}
