import pytest

pytestmark = pytest.mark.django_db


def test_login_page_answers(client):
    assert client.get("/accounts/login/").status_code == 200


def test_admin_requires_login(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "login" in response["Location"]
