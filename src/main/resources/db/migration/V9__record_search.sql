-- The global search box finds missions, programmes and videoconferences by the words of their
-- names, from an index like contacts and organizations (V3), not by scanning the tables.
ALTER TABLE trade_mission ADD FULLTEXT INDEX ft_trade_mission_search (title);
ALTER TABLE exchange_programme ADD FULLTEXT INDEX ft_exchange_programme_search (name);
ALTER TABLE videoconference ADD FULLTEXT INDEX ft_videoconference_search (topic);
