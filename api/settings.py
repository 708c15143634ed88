"""The server's settings: from `telaah serve`'s options, passed to every worker process through
the environment (uvicorn starts workers by import string), read once per worker.

| variable | meaning | default |
|---|---|---|
| TELAAH_STORE | the store served | ./telaah-data |
| TELAAH_MAX_FILE_MB | largest uploaded file (MB), enforced while streaming | 200 |
| TELAAH_API_CORS | origins allowed by CORS, comma-separated (none: CORS closed) | (none) |
| TELAAH_API_RATE | requests per minute per token (0: no limit) | 600 |
| TELAAH_API_ACCESS_LOG | file for the JSON access log ("-": stderr) | - |
| TELAAH_API_JOBS_INLINE | run ingest jobs in the server process (tests) | off |
| TELAAH_API_TOKEN | an admin token for a one-person set-up | (none) |
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from core import config

DEFAULT_RATE = 600  # per token and minute: 10/s sustained, bursts up to the same number


@dataclass
class Settings:
    store: Path = field(default_factory=config.store_dir)
    max_mb: float = field(default_factory=config.max_file_mb)
    cors_origins: list[str] = field(default_factory=list)
    rate_per_minute: int = DEFAULT_RATE
    access_log: str = "-"
    jobs_inline: bool = False  # ingest jobs in this process (tests), else a niced child per job
    preload: bool = True  # load the search indexes and models at start-up
    review_cache: int = 32  # reviews kept per worker (keyed by the store's data version)
    review_stale_seconds: float = 30.0  # while a job writes: the oldest review served (api.cache)
    job_poll: float = 1.0  # how often the runner looks for jobs queued by another worker

    @classmethod
    def from_env(cls) -> Settings:
        origins = [o.strip() for o in (config.env_str("TELAAH_API_CORS") or "").split(",") if o.strip()]
        return cls(
            store=config.store_dir(),
            max_mb=config.max_file_mb(),
            cors_origins=origins,
            rate_per_minute=config.env_int("TELAAH_API_RATE", DEFAULT_RATE, minimum=0),
            access_log=config.env_str("TELAAH_API_ACCESS_LOG") or "-",
            jobs_inline=config.env_flag("TELAAH_API_JOBS_INLINE"),
        )

    def to_env(self) -> dict[str, str]:
        return {
            "TELAAH_STORE": str(self.store),
            "TELAAH_MAX_FILE_MB": f"{self.max_mb:g}",
            "TELAAH_API_CORS": ",".join(self.cors_origins),
            "TELAAH_API_RATE": str(self.rate_per_minute),
            "TELAAH_API_ACCESS_LOG": self.access_log,
            "TELAAH_API_JOBS_INLINE": "1" if self.jobs_inline else "",
        }
