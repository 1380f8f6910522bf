package com.growthhub.integrations.internal.vault;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * After the installation secret changed, seals every secret again under the new vault key, in batches, once an hour
 * (and soon after start). Several nodes share the work: each batch takes rows the others have not locked.
 */
@Configuration(proxyBeanMethods = false)
class VaultRekeying {

	private static final Logger log = LoggerFactory.getLogger(VaultRekeying.class);

	static final int BATCH = 500;

	@Bean
	RecurringTask<Void> vaultRekeyingTask(CredentialVault vault) {
		return Tasks.recurring("vault-rekeying", Schedules.fixedDelay(Duration.ofHours(1)))
			.execute((instance, context) -> {
				int resealed = 0;
				for (int batch = vault.resealBatch(BATCH); batch > 0; batch = vault.resealBatch(BATCH)) {
					resealed += batch;
				}
				if (resealed > 0) {
					long left = vault.sealedUnderOlderKeys();
					log.info("Vault: {} secrets sealed again under the current key; {} left under keys this installation "
							+ "does not have", resealed, left);
				}
			});
	}
}
