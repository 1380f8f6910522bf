package com.growthhub.messaging.internal.lines;

/** No provider: a line's number is set up outside GrowthHub and an admin confirms the line active. */
class ManualProvisioning implements NumberProvisioning {

	@Override
	public boolean automatic() {
		return false;
	}

	@Override
	public String buy(String phoneNumber, String friendlyName) throws ProvisioningFailedException {
		throw new ProvisioningFailedException("No SMS provider is configured: confirm the line by hand");
	}
}
