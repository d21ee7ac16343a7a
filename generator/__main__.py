"""``python -m generator`` and the ``specgen`` command.

The SIGINT handler comes first, so an interrupt while the modules below load ends quietly.
"""

from generator.signals import quiet_start

quiet_start()

from generator.cli import main  # noqa: E402


def run() -> None:
    main(prog_name="specgen")


if __name__ == "__main__":
    run()
