"""`course hub`: a JupyterHub for a cohort on one server, for a local trial.

One account per trainee and one for the instructor, all sharing the course's nbgrader
exchange. Trainees' servers run with the trainee Jupyter config (only the Assignments tab
and Validate); the instructor's runs in the course directory with formgrader.

Honest limits: this uses JupyterHub's SharedPasswordAuthenticator (one trial password for
every trainee, another of at least 32 characters for the instructor) and SimpleLocalProcessSpawner (a home folder per account, but every server runs as the user
who started the hub, so there is no isolation between accounts). That runs as root in CI
without creating system users; a real cohort needs a real authenticator and a spawner
that runs each account as its own user (see docs/architecture.md).
"""

import os
import secrets
import shutil
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from autograder.config import REPO, CourseConfig
from autograder.exchange.trainee_config import write_trainee_config

PROXY = REPO / ".node" / "node_modules" / ".bin" / "configurable-http-proxy"  # `make hub` installs it


class HubUnavailable(RuntimeError):
    """Something the hub needs is missing; the message says how to get it."""


@dataclass(frozen=True)
class HubPlan:
    folder: Path  # the hub's database, cookie secret, config and the accounts' homes
    port: int
    trainees: tuple[str, ...]
    instructor: str
    password: str  # every trainee's (at least 8 characters)
    instructor_password: str  # the instructor's (at least 32 characters): it opens every account
    server_args: tuple[str, ...] = ()  # extra options for every account's Jupyter server

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def plan_hub(config: CourseConfig, trainees: list[str], instructor: str = "instructor", port: int = 8000,
             password: str | None = None, instructor_password: str | None = None) -> HubPlan:
    if not trainees:
        raise HubUnavailable("no trainee accounts: pass --trainee NAME (repeatable) or write roster.csv")
    if instructor in trainees:
        raise HubUnavailable(f"{instructor!r} is both a trainee and the instructor")
    password, instructor_password = password or secrets.token_urlsafe(9), instructor_password or secrets.token_urlsafe(33)
    if len(password) < 8 or len(instructor_password) < 32:
        raise HubUnavailable("the trainees' password needs at least 8 characters, the instructor's at least 32")
    return HubPlan(config.course_dir / "hub", port, tuple(trainees), instructor, password, instructor_password)


def write_hub_config(config: CourseConfig, plan: HubPlan) -> Path:
    """Write jupyterhub_config.py for the plan; the exchange and trainee config are made ready too."""
    proxy = os.environ.get("CONFIGPROXY_COMMAND") or (str(PROXY) if PROXY.exists() else shutil.which("configurable-http-proxy"))
    if not proxy:
        raise HubUnavailable(f"configurable-http-proxy is not installed: run `make hub` (npm installs it in {PROXY.parent})")
    trainee_config = write_trainee_config(config)
    config.exchange_root.mkdir(parents=True, exist_ok=True)
    config.exchange_root.chmod(0o777)  # nbgrader's own mode for the exchange root: every account writes there
    (plan.folder / "homes").mkdir(parents=True, exist_ok=True)
    bin_dir = Path(sys.executable).parent
    settings = {
        "JupyterHub.ip": "127.0.0.1",
        "JupyterHub.port": plan.port,
        "JupyterHub.db_url": f"sqlite:///{plan.folder / 'jupyterhub.sqlite'}",
        "JupyterHub.cookie_secret_file": str(plan.folder / "jupyterhub_cookie_secret"),
        "JupyterHub.pid_file": str(plan.folder / "jupyterhub.pid"),
        "JupyterHub.authenticator_class": "shared-password",
        "SharedPasswordAuthenticator.user_password": plan.password,
        "SharedPasswordAuthenticator.admin_password": plan.instructor_password,
        "Authenticator.allowed_users": set(plan.trainees) | {plan.instructor},
        "Authenticator.admin_users": {plan.instructor},
        "JupyterHub.spawner_class": "simple",
        "SimpleLocalProcessSpawner.home_dir_template": str(plan.folder / "homes" / "{username}"),
        "Spawner.cmd": [str(bin_dir / "jupyterhub-singleuser")],
        "Spawner.default_url": "/lab",
        "Spawner.http_timeout": 90,
        "Spawner.start_timeout": 120,
        "ConfigurableHTTPProxy.command": [proxy],
    }
    lines = ["# Written by `course hub`; change the options of `course hub`, not this file.", "c = get_config()"]
    lines += [f"c.{name} = {value!r}" for name, value in settings.items()]
    lines += [
        f"c.JupyterHub.hub_port = {_free_port()}",
        f"c.ConfigurableHTTPProxy.api_url = 'http://127.0.0.1:{_free_port()}'",
        f"c.Spawner.args = {(['--allow-root'] if os.geteuid() == 0 else []) + list(plan.server_args)!r}"
        "  # CI containers run as root",
        f"PATH = {os.environ.get('PATH', '')!r}",
        f"INSTRUCTOR, COURSE_DIR, TRAINEE_CONFIG = {plan.instructor!r}, {str(config.course_dir)!r}, {str(trainee_config)!r}",
        "",
        "def pre_spawn_hook(spawner):",
        "    # the instructor works in the course directory (formgrader reads its nbgrader_config.py);",
        "    # a trainee works in their home, with only the trainee's nbgrader tools",
        "    instructor = spawner.user.name == INSTRUCTOR",
        "    spawner.notebook_dir = COURSE_DIR if instructor else spawner.home_dir",
        "    spawner.environment = {'PATH': PATH, 'JUPYTER_CONFIG_PATH': COURSE_DIR if instructor else TRAINEE_CONFIG}",
        "",
        "c.Spawner.pre_spawn_hook = pre_spawn_hook",
    ]
    path = plan.folder / "jupyterhub_config.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def start_hub(config: CourseConfig, plan: HubPlan, **popen) -> subprocess.Popen:
    """Start JupyterHub in the background (the caller waits for it or stops it)."""
    path = write_hub_config(config, plan)
    command = [str(Path(sys.executable).with_name("jupyterhub")), "-f", str(path)]
    return subprocess.Popen(command, cwd=plan.folder, **popen)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
