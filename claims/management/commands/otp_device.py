"""The second factor of an admin (factcheck/otp.py) from the command line.

    python manage.py otp_device USERNAME            # what the user has: enrolled or not
    python manage.py otp_device USERNAME --reset    # lost phone: remove the devices; the next admin
                                                    # page enrols a new one
    python manage.py otp_device USERNAME --code     # print the current code (the local demo, scripts)

Whoever can run manage.py can read the keys from the database anyway, so ``--code`` gives away nothing
that shell access does not; it is there so that `make run`'s demo admin can sign in without a phone.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = "Show, reset or print the current code of a user's one-time-password device."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("username")
        group = parser.add_mutually_exclusive_group()
        group.add_argument("--reset", action="store_true", help="remove the user's devices")
        group.add_argument("--code", action="store_true", help="print the current 6-digit code")

    def handle(self, *args: Any, **options: Any) -> None:
        user = get_user_model().objects.filter(username=options["username"]).first()
        if user is None:
            raise CommandError(f"No user {options['username']!r}.")
        devices = TOTPDevice.objects.filter(user=user)
        if options["reset"]:
            count, _ = devices.delete()
            self.stdout.write(
                f"Removed {count} device(s); {user} enrols again on the next admin page."
            )
            return
        device = devices.filter(confirmed=True).order_by("pk").first()
        if options["code"]:
            if device is None:
                device = devices.order_by("pk").first()
            if device is None:
                raise CommandError(
                    f"{user} has no device yet: open an admin page once (it enrols one), or scan it."
                )
            token = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
            self.stdout.write(str(token).zfill(device.digits))
            return
        state = "enrolled" if device else ("enrolling" if devices.exists() else "not enrolled")
        self.stdout.write(f"{user}: {state}")
