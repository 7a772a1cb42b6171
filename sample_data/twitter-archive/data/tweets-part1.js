window.YTD.tweets.part1 = [
  {
    "tweet": {
      "id_str": "1897000000000000005",
      "id": "1897000000000000005",
      "created_at": "Sun Mar 23 21:10:00 +0000 2025",
      "full_text": "Coffee in Parramatta then footy",
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
      "id_str": "1897000000000000006",
      "id": "1897000000000000006",
      "created_at": "Fri Mar 28 21:10:00 +0000 2025",
      "full_text": "Great day out with @sam_k_example and the crew in uniform at T1",
      "favorite_count": "0",
      "retweet_count": "0",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "urls": [],
        "user_mentions": [
          {
            "screen_name": "sam_k_example",
            "name": "sam_k_example",
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
      "id_str": "1897000000000000007",
      "id": "1897000000000000007",
      "created_at": "Wed Apr 02 21:10:00 +0000 2025",
      "full_text": "Parcel still held at customs, classic",
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
  }
]