package com.growthhub.masterclasses.internal.insights;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.masterclasses.internal.transcripts.ClassFacts;
import com.growthhub.masterclasses.internal.transcripts.ClassLookup;
import com.growthhub.masterclasses.internal.transcripts.TranscriptAccess;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * A masterclass's insights: figures and rule-based insights from its rows on every read (never stale), plus the AI's
 * summary and suggestions stored when a person asks for them and the AI port is configured.
 */
@Service
public class MasterclassInsights {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final ClassLookup classes;
	private final TranscriptAccess access;
	private final InsightDataLoader loader;
	private final InsightAdvisor advisor;

	MasterclassInsights(JdbcClient jdbc, TenantTransactions transactions, ClassLookup classes, TranscriptAccess access,
			InsightDataLoader loader, InsightAdvisor advisor) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.classes = classes;
		this.access = access;
		this.loader = loader;
		this.advisor = advisor;
	}

	public InsightReport report(OrganizationId organization, Actor actor, UUID masterclassId) {
		access.checkRead(organization, actor);
		return transactions.call(organization, actor, () -> {
			ClassFacts masterclass = classes.require(organization, masterclassId);
			InsightFigures figures = InsightCalculation.of(loader.load(organization, masterclass));
			List<Insight> insights = new ArrayList<>(InsightRules.of(figures));
			List<StoredInsight> written = stored(organization, masterclassId);
			written.forEach(s -> insights.add(s.insight()));
			insights.sort(Comparator.comparingInt(Insight::priority));
			Instant generated = written.stream().map(StoredInsight::generatedAt).max(Comparator.naturalOrder()).orElse(null);
			return new InsightReport(masterclass, figures, insights, generated);
		});
	}

	/**
	 * Asks the AI port for a summary and suggestions from the figures and replaces the stored ones. Without a model
	 * (the port answers with its template) nothing is stored and false is answered: the rule-based insights stand alone.
	 */
	public boolean writeWithAi(OrganizationId organization, Actor actor, UUID masterclassId) {
		InsightReport report = report(organization, actor, masterclassId);
		transactions.run(organization, actor, () -> access.checkEdit(organization, actor, report.masterclass()));
		List<Insight> written = advisor.advise(report);
		if (written.isEmpty()) {
			return false;
		}
		transactions.run(organization, actor, () -> {
			jdbc.sql("delete from masterclass_insights where organization_id = ? and masterclass_id = ? and source = 'ai'")
				.params(organization.value(), masterclassId).update();
			for (Insight insight : written) {
				jdbc.sql("""
						insert into masterclass_insights (organization_id, masterclass_id, type, text, priority, source, model)
						values (?, ?, ?, ?, ?, 'ai', ?)
						""").params(organization.value(), masterclassId, insight.type(), insight.text(),
						insight.priority(), insight.source()).update();
			}
		});
		return true;
	}

	private List<StoredInsight> stored(OrganizationId organization, UUID masterclassId) {
		return jdbc.sql("""
				select type, text, priority, model, generated_at from masterclass_insights
				where organization_id = ? and masterclass_id = ? order by priority, generated_at
				""").params(organization.value(), masterclassId)
			.query((rs, n) -> new StoredInsight(new Insight(rs.getString("type"), rs.getString("text"),
					rs.getInt("priority"), "ai"), rs.getTimestamp("generated_at").toInstant()))
			.list();
	}

	private record StoredInsight(Insight insight, Instant generatedAt) {
	}
}
