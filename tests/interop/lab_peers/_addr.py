"""The address every lab peer uses: SEED_HOST / SEED_PORT, with the seed script's default port."""
import os


def address(default_port):
    return os.environ.get('SEED_HOST', '127.0.0.1'), int(os.environ.get('SEED_PORT', str(default_port)))
