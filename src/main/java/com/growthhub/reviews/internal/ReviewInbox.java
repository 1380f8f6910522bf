package com.growthhub.reviews.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

/** Reading reviews: the inbox newest first in keyset pages, one review with its history, the charts' figures. */
@Service
public class ReviewInbox {

	public static final int DEFAULT_LIMIT = 50;
	public static final int MAX_LIMIT = 200;

	private final JdbcClient jdbc;
	private final ReviewRepository reviews;
	private final ReviewDesk desk;
	private final TenantTransactions transactions;

	ReviewInbox(JdbcClient jdbc, ReviewRepository reviews, ReviewDesk desk, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.reviews = reviews;
		this.desk = desk;
		this.transactions = transactions;
	}

	public record Page(List<ReviewView> items, @Nullable String nextCursor) {
	}

	/** A review, its history, and why privacy mode would refuse its reply (null when it would not). */
	public record Detail(ReviewView review, List<ReviewHistoryEntry> history, @Nullable String privacyRefusal) {
	}

	/** One month's reviews: how many, their average rating, and the median hours to a reply of those answered. */
	public record Month(String month, int reviews, double averageRating, int responded,
			@Nullable Double medianResponseHours) {
	}

	public Page list(OrganizationId organization, Actor actor, ReviewFilter filter, @Nullable PageCursor cursor,
			int limit) {
		int size = Math.clamp(limit, 1, MAX_LIMIT);
		StringBuilder sql = new StringBuilder("select " + ReviewRepository.COLUMNS + ReviewRepository.FROM
				+ "where r.organization_id = ?");
		List<Object> params = new ArrayList<>(List.of(organization.value()));
		if (filter.state() != null) {
			sql.append(" and r.state = ?");
			params.add(filter.state().key());
		}
		if (filter.rating() != null) {
			sql.append(" and r.rating = ?");
			params.add(filter.rating());
		}
		if (filter.locationId() != null) {
			sql.append(" and r.location_id = ?");
			params.add(filter.locationId());
		}
		if (cursor != null) {
			sql.append(" and (r.written_at, r.id) < (?, ?)");
			params.add(Timestamp.from(cursor.instant()));
			params.add(cursor.id());
		}
		sql.append(" order by r.written_at desc, r.id desc limit ?");
		params.add(size + 1);
		List<ReviewView> rows = transactions.call(organization, actor,
				() -> jdbc.sql(sql.toString()).params(params).query(ReviewRepository::view).list());
		if (rows.size() <= size) {
			return new Page(rows, null);
		}
		ReviewView last = rows.get(size - 1);
		return new Page(rows.subList(0, size), new PageCursor(last.writtenAt(), last.id()).encode());
	}

	public Detail get(OrganizationId organization, Actor actor, UUID id) {
		return transactions.call(organization, actor, () -> {
			ReviewView review = reviews.find(organization, id).orElseThrow(() -> NotFoundException.of("The review"));
			String refusal = review.state().unanswered()
					? desk.privacyRefusal(organization, actor, review.replyText()).orElse(null) : null;
			return new Detail(review, reviews.historyOf(organization, id), refusal);
		});
	}

	public List<ReviewRepository.Location> locations(OrganizationId organization, Actor actor) {
		return transactions.call(organization, actor, () -> reviews.locations(organization));
	}

	/** Per month of writing, from {@code from}: the rating-over-time and response-time charts' numbers. */
	public List<Month> months(OrganizationId organization, Actor actor, Instant from) {
		return transactions.call(organization, actor, () -> jdbc.sql("""
				select to_char(date_trunc('month', written_at at time zone 'UTC'), 'YYYY-MM') as month,
				  count(*) as reviews, round(avg(rating)::numeric, 2) as average_rating,
				  count(*) filter (where state = 'responded') as responded,
				  round((percentile_cont(0.5) within group (order by extract(epoch from replied_at - written_at) / 3600)
				    filter (where replied_at is not null))::numeric, 1) as median_hours
				from reviews where organization_id = ? and written_at >= ?
				group by 1 order by 1
				""").params(organization.value(), Timestamp.from(from))
			.query((rs, row) -> new Month(rs.getString("month"), rs.getInt("reviews"), rs.getDouble("average_rating"),
					rs.getInt("responded"),
					rs.getObject("median_hours") == null ? null : rs.getDouble("median_hours")))
			.list());
	}
}
