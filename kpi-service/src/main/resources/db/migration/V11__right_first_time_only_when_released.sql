-- A batch is right first time only when RELEASED without rework or deviation. agreement-service used to announce
-- a clean REJECTED batch as right first time; the facts kept from those events are corrected here. Each period's
-- RIGHT_FIRST_TIME_BATCH_RATE is computed again from these facts at the next batch event of that partner and
-- period.
UPDATE batch_disposition SET right_first_time = false WHERE disposition <> 'RELEASED' AND right_first_time;
