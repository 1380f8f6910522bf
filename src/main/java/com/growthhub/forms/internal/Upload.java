package com.growthhub.forms.internal;

import org.springframework.core.io.InputStreamSource;

/** A file as it arrives in a multipart submission: the field it answers, the name it was sent with, its bytes. */
public record Upload(String field, String name, InputStreamSource content) {
}
