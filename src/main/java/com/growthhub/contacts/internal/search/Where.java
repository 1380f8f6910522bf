package com.growthhub.contacts.internal.search;

import java.util.ArrayList;
import java.util.List;

/** The conditions of a contact list query on {@code contacts c}, with their parameters in order. */
final class Where {

	private final List<String> conditions = new ArrayList<>();
	private final List<Object> params = new ArrayList<>();
	private boolean searching;

	void add(String condition, Object... values) {
		conditions.add(condition);
		params.addAll(List.of(values));
	}

	void add(ContactOrder.Condition condition) {
		conditions.add(condition.sql());
		params.addAll(condition.params());
	}

	void search(ContactOrder.Condition condition) {
		add(condition);
		searching = true;
	}

	/** A copy with these conditions too. */
	Where and(List<ContactOrder.Condition> more) {
		Where copy = new Where();
		copy.conditions.addAll(conditions);
		copy.params.addAll(params);
		copy.searching = searching;
		more.forEach(copy::add);
		return copy;
	}

	/** Whether a typed search is among the conditions. */
	boolean searching() {
		return searching;
	}

	String sql() {
		return String.join(" and ", conditions);
	}

	List<Object> params() {
		return params;
	}
}
