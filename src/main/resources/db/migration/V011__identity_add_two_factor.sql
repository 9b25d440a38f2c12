-- Time-based one-time passwords (RFC 6238) as an optional second factor.
ALTER TABLE app_user ADD COLUMN totp_secret VARCHAR(64);
