from django import forms
from django.utils.translation import gettext_lazy as _


class SavedFilterForm(forms.Form):
    """Saves the page the user is on: its path and query string come from hidden fields."""

    name = forms.CharField(label=_("Name"), max_length=120)
    path = forms.CharField(widget=forms.HiddenInput, max_length=200)
    query = forms.CharField(widget=forms.HiddenInput, required=False, max_length=4000)
