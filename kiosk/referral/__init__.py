"""referral (see the issue that builds it)."""
