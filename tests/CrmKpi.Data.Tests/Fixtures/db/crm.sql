-- A CRM's deals table as SQLite keeps it: integer account ids, ISO text dates and timestamps, REAL amounts.
CREATE TABLE deals (
    Deal_Id     INTEGER PRIMARY KEY,
    Account     INTEGER NOT NULL,
    Closed_At   TEXT    NOT NULL,
    Deal_Value  REAL    NOT NULL,
    Seats       INTEGER NOT NULL
);
INSERT INTO deals VALUES (1, 1001, '2024-05-02', 1500.0, 5);
INSERT INTO deals VALUES (2, 1002, '2024-05-02T09:15:00', 250.5, 1);
INSERT INTO deals VALUES (3, 1001, '2024-05-20 18:00:00', 300.0, 2);
INSERT INTO deals VALUES (4, 1003, '2024-05-31T23:30:00Z', 99.99, 1);
INSERT INTO deals VALUES (5, 1002, '2024-06-01', 4000, 12);
