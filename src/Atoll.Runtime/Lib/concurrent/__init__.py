# The concurrent package; concurrent.futures is its only member.
