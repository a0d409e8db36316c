-- With several instances behind the load balancer, each scheduled job (outbox, purges, anonymisation, deadline
-- reminders) runs on one instance at a time: ShedLock keeps one row per job here, held until lock_until.
-- ShedLock writes both times in UTC from PostgreSQL's own clock (usingDbTime), so the instances' clocks need not agree.
CREATE TABLE shedlock (
    name        VARCHAR(64)   NOT NULL,
    lock_until  TIMESTAMP     NOT NULL,
    locked_at   TIMESTAMP     NOT NULL,
    locked_by   VARCHAR(255)  NOT NULL,
    CONSTRAINT pk_shedlock PRIMARY KEY (name)
);
