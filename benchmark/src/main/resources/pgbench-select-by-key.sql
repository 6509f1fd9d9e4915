-- pgbench -S as a custom script: one primary-key select on pgbench_accounts (pgbench -i, scale 1)
\set aid random(1, 100000 * :scale)
SELECT abalance FROM pgbench_accounts WHERE aid = :aid;
