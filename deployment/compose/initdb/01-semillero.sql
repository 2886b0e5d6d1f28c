-- Runs once, when the database volume is created: the extensions Semillero's schema uses,
-- and a database of its own for Keycloak.
create extension if not exists pg_trgm;
create extension if not exists unaccent;
create database keycloak owner semillero;
