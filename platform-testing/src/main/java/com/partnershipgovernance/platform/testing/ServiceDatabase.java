package com.partnershipgovernance.platform.testing;

/**
 * Where a service's database is and the two roles that use it: the owner (Flyway migrates as it)
 * and the application role (the service runs as it, without UPDATE or DELETE on audit tables).
 */
public record ServiceDatabase(String name, String jdbcUrl, String ownerUser, String ownerPassword,
                              String appUser, String appPassword) {
}
