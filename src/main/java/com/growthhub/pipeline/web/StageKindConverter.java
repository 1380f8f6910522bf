package com.growthhub.pipeline.web;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import com.growthhub.pipeline.internal.StageKind;

/** Query and form parameters use the same lower-case keys as JSON: {@code ?status=won}. */
@Component
class StageKindConverter implements Converter<String, StageKind> {

	@Override
	public StageKind convert(String source) {
		return StageKind.fromKey(source);
	}
}
