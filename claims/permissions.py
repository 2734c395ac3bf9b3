"""Roles are Django groups: reviewer, editor, admin (admin ⊃ editor ⊃ reviewer).

The decorators give 403 to a logged-in user without the role and send anonymous users to the login page;
an htmx request gets an HX-Redirect instead of a 302, so htmx swaps the whole page rather than a fragment.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

from factcheck.otp import otp_needed, otp_redirect

REVIEWER = "reviewer"
EDITOR = "editor"
ADMIN = "admin"

# Each role and every role that includes it.
_IMPLIED_BY = {
    REVIEWER: (REVIEWER, EDITOR, ADMIN),
    EDITOR: (EDITOR, ADMIN),
    ADMIN: (ADMIN,),
}


def _group_names(user: Any) -> frozenset[str]:
    # Cached on the user object: a page asks several times (menu, buttons) but pays one query.
    names = getattr(user, "_claims_role_names", None)
    if names is None:
        if not getattr(user, "is_authenticated", False) or not user.is_active:
            names = frozenset()
        else:
            names = frozenset(user.groups.values_list("name", flat=True))
        with contextlib.suppress(AttributeError):
            user._claims_role_names = names
    return names


def has_role(user: Any, role: str) -> bool:
    if getattr(user, "is_authenticated", False) and user.is_active and user.is_superuser:
        return True
    return bool(_group_names(user) & set(_IMPLIED_BY[role]))


def is_reviewer(user: Any) -> bool:
    return has_role(user, REVIEWER)


def is_editor(user: Any) -> bool:
    return has_role(user, EDITOR)


def is_admin(user: Any) -> bool:
    return has_role(user, ADMIN)


def _role_required(
    role: str,
) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            user = request.user
            if not user.is_authenticated:
                htmx = getattr(request, "htmx", None)
                if htmx:
                    # Come back to the page the fragment lives on, not to the fragment's URL.
                    target = redirect_to_login(htmx.current_url_abs_path or "/")
                    response = HttpResponse(status=204)
                    response["HX-Redirect"] = target["Location"]
                    return response
                return redirect_to_login(request.get_full_path())
            if not has_role(user, role):
                raise PermissionDenied
            if role == ADMIN and otp_needed(user):
                # AUTH-4: a page asks for the one-time password; a write is simply refused.
                if request.method in ("GET", "HEAD"):
                    return otp_redirect(request, request.get_full_path())
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


reviewer_required = _role_required(REVIEWER)
editor_required = _role_required(EDITOR)
admin_required = _role_required(ADMIN)
