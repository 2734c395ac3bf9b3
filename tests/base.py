from __future__ import annotations

from django.contrib.auth.models import Group, User
from django.test import TestCase

PASSWORD = "correct horse battery staple 42"


def make_user(username: str, *roles: str, **extra: object) -> User:
    user = User.objects.create_user(username=username, password=PASSWORD, **extra)
    for role in roles:
        user.groups.add(Group.objects.get_or_create(name=role)[0])
    return user


class BaseTestCase(TestCase):
    """The cast: alice is an admin, bob a reviewer, erin an editor, charlie has no role."""

    @classmethod
    def setUpTestData(cls) -> None:
        cls.alice = make_user("alice", "admin", "editor", "reviewer", is_staff=True)
        cls.bob = make_user("bob", "reviewer")
        cls.erin = make_user("erin", "editor", "reviewer")
        cls.charlie = make_user("charlie")
