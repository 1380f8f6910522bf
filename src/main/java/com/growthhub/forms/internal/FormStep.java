package com.growthhub.forms.internal;

/** A page of a multi-step form, shown with a progress bar. */
public record FormStep(String title) {
}
