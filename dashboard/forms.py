from django import forms
from django.core.exceptions import ValidationError
from django.urls import Resolver404, resolve
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _

from .models import SavedFilter


def safe_dashboard_path(path: str) -> bool:
    """Only this site's dashboard pages can be saved (no open redirect through a saved filter)."""
    if not path.startswith("/") or not url_has_allowed_host_and_scheme(path, allowed_hosts=None):
        return False
    try:
        return resolve(path).namespace == "dashboard"
    except Resolver404:
        return False


class SavedFilterForm(forms.ModelForm):
    """Saves the page the user is on under a name of theirs: its path and query string come from hidden fields."""

    query = forms.CharField(widget=forms.HiddenInput, required=False, max_length=4000)

    class Meta:
        model = SavedFilter
        fields = ["name", "path", "query"]
        widgets = {"path": forms.HiddenInput}
        error_messages = {"name": {"required": _("Give the filter a name.")}}

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if user is not None:
            self.instance.user = user
        self.fields["name"].widget.attrs.update(placeholder=_("e.g. Souss-Massa employment"), autocomplete="off")

    def clean_name(self) -> str:
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise ValidationError(self.fields["name"].error_messages["required"], code="required")
        # Names are told apart regardless of case: "Souss" and "souss" in one list would only confuse.
        mine = SavedFilter.objects.filter(user_id=self.instance.user_id)
        taken = mine.filter(name__iexact=name).exclude(pk=self.instance.pk)
        if taken.exists():
            raise ValidationError(
                _("You already have a saved filter named “%(name)s”: choose another name, or rename that one first."),
                code="unique",
                params={"name": name},
            )
        return name

    def clean_path(self) -> str:
        path = self.cleaned_data["path"]
        if not safe_dashboard_path(path):
            raise ValidationError(_("Only the pages of the dashboard can be saved."), code="invalid")
        return path


class SavedFilterRenameForm(SavedFilterForm):
    class Meta(SavedFilterForm.Meta):
        fields = ["name"]
