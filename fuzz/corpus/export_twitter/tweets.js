window.YTD.tweets.part0 = [
  {
    "tweet": {
      "id_str": "1920000000000000001",
      "id": "1920000000000000001",
      "created_at": "Mon May 05 09:00:00 +0000 2025",
      "full_text": "Two years with the Australian Border Force this week. Proud of this crew #AusBorderForce",
      "favorite_count": "0",
      "retweet_count": "0",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "urls": [],
        "user_mentions": []
      }
    }
  },
  {
    "tweet": {
      "id_str": "1920000000000000002",
      "id": "1920000000000000002",
      "created_at": "Tue May 06 21:00:00 +0000 2025",
      "full_text": "Early shift at Brisbane Airport again, new lanyard and all",
      "favorite_count": "0",
      "retweet_count": "0",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "urls": [],
        "user_mentions": []
      },
      "geo": {
        "type": "Point",
        "coordinates": [
          "-27.3842",
          "153.1175"
        ]
      },
      "coordinates": {
        "type": "Point",
        "coordinates": [
          "153.1175",
          "-27.3842"
        ]
      }
    }
  },
  {
    "tweet": {
      "id_str": "1920000000000000003",
      "id": "1920000000000000003",
      "created_at": "Sun May 11 09:00:00 +0000 2025",
      "full_text": "Roster swaps for next week? email me morgan dot quillfeather at abf dot gov dot au",
      "favorite_count": "0",
      "retweet_count": "0",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "urls": [],
        "user_mentions": []
      }
    }
  },
  {
    "tweet": {
      "id_str": "1920000000000000004",
      "id": "1920000000000000004",
      "created_at": "Wed May 14 09:00:00 +0000 2025",
      "full_text": "@tash_b_example and @omar_v_example in uniform at the terminal, best team on shift",
      "favorite_count": "0",
      "retweet_count": "0",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "urls": [],
        "user_mentions": [
          {
            "screen_name": "tash_b_example",
            "name": "tash_b_example",
            "id_str": "0",
            "indices": [
              "0",
              "1"
            ]
          },
          {
            "screen_name": "omar_v_example",
            "name": "omar_v_example",
            "id_str": "0",
            "indices": [
              "0",
              "1"
            ]
          }
        ]
      }
    }
  },
  {
    "tweet": {
      "id_str": "1920000000000000005",
      "id": "1920000000000000005",
      "created_at": "Sun May 18 09:00:00 +0000 2025",
      "full_text": "Sunday sunset from the back deck",
      "favorite_count": "0",
      "retweet_count": "0",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "urls": [],
        "user_mentions": []
      },
      "geo": {
        "type": "Point",
        "coordinates": [
          "-27.39421",
          "153.06112"
        ]
      },
      "coordinates": {
        "type": "Point",
        "coordinates": [
          "153.06112",
          "-27.39421"
        ]
      }
    }
  }
]