package co.gov.mineducacion.cooperation.office;

import co.gov.mineducacion.cooperation.offer.ReviewMove;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalConverter;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Reads a workflow move from the offer page's path ({@code accept}, ...); a segment that
 * names no move is a page not found. Only path variables: forms choose a move by its name
 * (an answer template's purpose).
 */
@Component
class ReviewMoveConverter implements Converter<String, ReviewMove>, ConditionalConverter {

	@Override
	public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
		return targetType.hasAnnotation(PathVariable.class);
	}

	@Override
	public ReviewMove convert(String slug) {
		return ReviewMove.bySlug(slug).orElse(null);
	}

}
