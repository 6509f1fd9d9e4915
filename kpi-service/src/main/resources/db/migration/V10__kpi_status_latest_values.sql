-- The status also keeps each KPI's latest two measured values per partner, so the portfolio reads one row
-- per cell instead of probing each partner's and KPI's history. BreachWatch keeps them with the RAG.
ALTER TABLE kpi_status
    ADD COLUMN period_start    date,
    ADD COLUMN value           numeric,
    ADD COLUMN previous_period text,
    ADD COLUMN previous_value  numeric;

-- every KPI and partner with a measurement has a status from here on
INSERT INTO kpi_status (id, kpi_code, partner_id, version)
SELECT gen_random_uuid(), kpi_code, partner_id, 0 FROM measurement GROUP BY kpi_code, partner_id
ON CONFLICT (kpi_code, partner_id) DO NOTHING;

UPDATE kpi_status s
SET period = c.period, period_start = c.period_start, value = c.value,
    previous_period = p.period, previous_value = p.value
FROM kpi_status t
CROSS JOIN LATERAL (SELECT m.period, m.period_start, m.value FROM measurement m
                    WHERE m.partner_id = t.partner_id AND m.kpi_code = t.kpi_code
                    ORDER BY m.period_start DESC LIMIT 1) c
LEFT JOIN LATERAL (SELECT m.period, m.value FROM measurement m
                   WHERE m.partner_id = t.partner_id AND m.kpi_code = t.kpi_code
                   ORDER BY m.period_start DESC OFFSET 1 LIMIT 1) p ON true
WHERE s.id = t.id;
