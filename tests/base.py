from __future__ import annotations

from django.contrib.auth.models import Group, User
from django.test import Client, TestCase
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

PASSWORD = "correct horse battery staple 42"


def make_user(username: str, *roles: str, **extra: object) -> User:
    """A user with these roles; an admin or staff user also gets a confirmed TOTP device, as every
    admin has once enrolled (factcheck/otp.py)."""
    user = User.objects.create_user(username=username, password=PASSWORD, **extra)
    for role in roles:
        user.groups.add(Group.objects.get_or_create(name=role)[0])
    if "admin" in roles or user.is_staff:
        TOTPDevice.objects.create(user=user, name="default", confirmed=True)
    return user


class OTPClient(Client):
    """force_login that also passes the second factor for a user with a confirmed device: the test
    stands for a user who signed in completely (password and code), as force_login stands for the
    password. tests/security/test_mfa.py signs in through the real pages instead."""

    def force_login(self, user: User, backend: str | None = None) -> None:
        super().force_login(user, backend)
        device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
        if device is not None:
            session = self.session
            session[DEVICE_ID_SESSION_KEY] = device.persistent_id
            session.save()


class BaseTestCase(TestCase):
    """The cast: alice is an admin, bob a reviewer, erin an editor, charlie has no role."""

    client_class = OTPClient

    @classmethod
    def setUpTestData(cls) -> None:
        cls.alice = make_user("alice", "admin", "editor", "reviewer", is_staff=True)
        cls.bob = make_user("bob", "reviewer")
        cls.erin = make_user("erin", "editor", "reviewer")
        cls.charlie = make_user("charlie")
