"""The follow-up playbook: interview facts in, follow-up tasks out."""
